import type { FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { Link, Navigate, useSearchParams } from "react-router"
import { StudioJoinSchema, useProducerMe, useStudioJoin } from "@/features/studio/api/session"
import { AccessField, focusFirstError, formText, useAccessFieldErrors } from "@/features/studio/access/access-form"
import { useAccessFailure } from "@/features/studio/access/failure-message"
import { StudioTopBar } from "@/features/studio/components/studio-shell"
import { StudioPageTitle, studioButtonClass } from "@/features/studio/components/studio-ui"

/**
 * Accepting an invitation: the operator sends a coordinator a link (`/studio/join?code=…`) or
 * the code alone; the coordinator sets the email and password they will log in with.
 */
export function StudioJoinPage() {
  const { t } = useTranslation("studio")
  const [params] = useSearchParams()
  const me = useProducerMe()
  const join = useStudioJoin()
  const failure = useAccessFailure()
  const { errors, fromIssues, clear } = useAccessFieldErrors()

  if (me.data) return <Navigate to="/studio" replace />

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (join.isPending) return
    const form = event.currentTarget
    const parsed = StudioJoinSchema.safeParse({
      code: formText(form, "code"),
      email: formText(form, "email"),
      password: formText(form, "password"),
      firstName: formText(form, "firstName"),
    })
    if (!parsed.success) {
      fromIssues(parsed.error.issues)
      focusFirstError(form, parsed.error.issues[0]?.path[0])
      return
    }
    clear()
    join.mutate(parsed.data)
  }

  return (
    <div className="min-h-dvh bg-stone-50">
      <StudioTopBar title={t("access.joinTitle")} />
      <main id="studio-main" className="mx-auto max-w-md px-4 py-6">
        <StudioPageTitle>{t("access.joinHeading")}</StudioPageTitle>
        <p className="mt-2 text-base text-stone-700">{t("access.joinIntro")}</p>
        <form noValidate onSubmit={onSubmit} className="mt-5 space-y-4">
          <AccessField
            name="code"
            label={t("access.code")}
            hint={t("access.codeHint")}
            error={errors.code}
            autoComplete="one-time-code"
            defaultValue={params.get("code") ?? ""}
          />
          <AccessField
            name="email"
            type="email"
            label={t("access.email")}
            hint={t("access.emailHint")}
            error={errors.email}
            autoComplete="username"
            defaultValue={params.get("email") ?? ""}
          />
          <AccessField
            name="password"
            type="password"
            label={t("access.newPassword")}
            hint={t("access.newPasswordHint")}
            error={errors.password}
            autoComplete="new-password"
          />
          <AccessField name="firstName" label={t("access.firstName")} error={errors.firstName} autoComplete="given-name" />
          {join.isError ? (
            <p role="alert" className="rounded-lg bg-red-50 p-3 text-base text-red-950">
              {failure(join.error, "join")}
            </p>
          ) : null}
          <button type="submit" className={`${studioButtonClass} w-full`} disabled={join.isPending}>
            {join.isPending ? t("access.joining") : t("access.join")}
          </button>
        </form>
        <p className="mt-6 text-base text-stone-800">
          {t("access.haveLogin")}{" "}
          <Link to="/studio/login" className="font-semibold text-red-900 underline underline-offset-4">
            {t("access.logIn")}
          </Link>
        </p>
      </main>
    </div>
  )
}
