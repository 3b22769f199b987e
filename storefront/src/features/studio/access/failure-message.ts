import { FetchError } from "@medusajs/js-sdk"
import { useTranslation } from "react-i18next"
import { studioErrorKind } from "@/features/studio/api/producer-client"
import { EmailTakenError } from "@/features/studio/api/session"

/** Why a login or a join failed, in the coordinator's words. */
export function useAccessFailure() {
  const { t } = useTranslation("studio")
  return (error: Error, kind: "login" | "join"): string => {
    if (error instanceof EmailTakenError) return t("access.errors.emailTaken")
    const errorKind = studioErrorKind(error)
    if (errorKind === "offline") return t("app.errors.offline")
    if (error instanceof FetchError && error.status === 401) {
      return t(kind === "login" ? "access.errors.wrongLogin" : "access.errors.joinRefused")
    }
    if (error instanceof FetchError && error.status === 429) return t("access.errors.tooManyTries")
    if (kind === "join" && error instanceof FetchError && [400, 404, 409, 422].includes(error.status ?? 0)) {
      return t("access.errors.badCode")
    }
    return t(`app.errors.${errorKind}`)
  }
}
