import type { FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { Link, Navigate, useSearchParams } from "react-router"
import { StudioLogInSchema, useProducerMe, useStudioLogIn } from "@/features/studio/api/session"
import { AccessField, focusFirstError, formText, useAccessFieldErrors } from "@/features/studio/access/access-form"
import { useAccessFailure } from "@/features/studio/access/failure-message"
import { StudioTopBar } from "@/features/studio/components/studio-shell"
import { StudioPageTitle, studioButtonClass } from "@/features/studio/components/studio-ui"

/** Where to go after logging in: a studio page the coordinator was sent away from, else Today. */
export function studioReturnPath(next: string | null): string {
  return next && next.startsWith("/studio") && !next.startsWith("//") ? next : "/studio"
}

export function StudioLoginPage() {
  const { t } = useTranslation("studio")
  const [params] = useSearchParams()
  const me = useProducerMe()
  const logIn = useStudioLogIn()
  const failure = useAccessFailure()
  const { errors, fromIssues, clear } = useAccessFieldErrors()

  if (me.data) return <Navigate to={studioReturnPath(params.get("next"))} replace />

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (logIn.isPending) return
    const form = event.currentTarget
    const parsed = StudioLogInSchema.safeParse({ email: formText(form, "email"), password: formText(form, "password") })
    if (!parsed.success) {
      fromIssues(parsed.error.issues)
      focusFirstError(form, parsed.error.issues[0]?.path[0])
      return
    }
    clear()
    logIn.mutate(parsed.data)
  }

  return (
    <div className="min-h-dvh bg-stone-50">
      <StudioTopBar title={t("access.loginTitle")} />
      <main id="studio-main" className="mx-auto max-w-md px-4 py-6">
        <StudioPageTitle>{t("access.loginHeading")}</StudioPageTitle>
        <p className="mt-2 text-base text-stone-700">{t("access.loginIntro")}</p>
        <form noValidate onSubmit={onSubmit} className="mt-5 space-y-4">
          <AccessField name="email" type="email" label={t("access.email")} error={errors.email} autoComplete="username" />
          <AccessField
            name="password"
            type="password"
            label={t("access.password")}
            error={errors.password}
            autoComplete="current-password"
          />
          {logIn.isError ? (
            <p role="alert" className="rounded-lg bg-red-50 p-3 text-base text-red-950">
              {failure(logIn.error, "login")}
            </p>
          ) : null}
          <button type="submit" className={`${studioButtonClass} w-full`} disabled={logIn.isPending}>
            {logIn.isPending ? t("access.loggingIn") : t("access.logIn")}
          </button>
        </form>
        <p className="mt-6 text-base text-stone-800">
          {t("access.haveCode")}{" "}
          <Link to="/studio/join" className="font-semibold text-red-900 underline underline-offset-4">
            {t("access.joinLink")}
          </Link>
        </p>
      </main>
    </div>
  )
}
