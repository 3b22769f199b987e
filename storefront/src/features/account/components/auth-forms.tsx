import { FetchError } from "@medusajs/js-sdk"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { Field, focusField, formValues, inputClass, primaryButtonClass } from "@/components/form-field"
import { LogInSchema, RegisterSchema } from "@/features/account/api/account-schemas"
import { useLogIn } from "@/features/account/api/log-in"
import { useRegister } from "@/features/account/api/register"

type ErrorsType = Partial<Record<string, string>>

/** The shopper's words for why a login or registration failed. */
function useFailureMessage() {
  const { t } = useTranslation()
  return (error: Error, kind: "login" | "register") => {
    if (error instanceof FetchError && error.status === 401) return t("account.errors.wrongLogin")
    if (kind === "register" && error instanceof FetchError && [400, 409, 422].includes(error.status ?? 0)) {
      return t("account.errors.registerRefused", { message: error.message })
    }
    return t("account.errors.failed", { message: error.message })
  }
}

function useFieldErrors() {
  const { t } = useTranslation()
  const [errors, setErrors] = useState<ErrorsType>({})
  const fromIssues = (issues: { path: PropertyKey[]; message: string }[]) => {
    const found: ErrorsType = {}
    for (const issue of issues) {
      const field = String(issue.path[0])
      found[field] ??= t(`account.errors.${issue.message}` as "account.errors.required")
    }
    setErrors(found)
  }
  return { errors, fromIssues, clear: () => setErrors({}) }
}

export function LogInForm() {
  const { t } = useTranslation()
  const logIn = useLogIn()
  const failure = useFailureMessage()
  const { errors, fromIssues, clear } = useFieldErrors()

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (logIn.isPending) return
    const parsed = LogInSchema.safeParse(formValues(event.currentTarget, ["email", "password"]))
    if (!parsed.success) {
      fromIssues(parsed.error.issues)
      focusField(event.currentTarget, parsed.error.issues[0]?.path[0]?.toString())
      return
    }
    clear()
    logIn.mutate(parsed.data)
  }

  return (
    <section aria-labelledby="login-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="login-heading" className="text-xl font-semibold text-stone-950">
        {t("account.logInHeading")}
      </h2>
      <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3" data-testid="login-form">
        <Field name="email" label={t("checkout.email")} error={errors.email}>
          {(props) => <input {...props} name="email" type="email" autoComplete="email" className={inputClass} />}
        </Field>
        <Field name="password" label={t("account.password")} error={errors.password}>
          {(props) => <input {...props} name="password" type="password" autoComplete="current-password" className={inputClass} />}
        </Field>
        <button type="submit" aria-disabled={logIn.isPending} className={primaryButtonClass}>
          {logIn.isPending ? t("account.loggingIn") : t("account.logIn")}
        </button>
        {logIn.isError ? (
          <p role="alert" className="text-sm text-red-900">
            {failure(logIn.error, "login")}
          </p>
        ) : null}
      </form>
    </section>
  )
}

export function RegisterForm() {
  const { t } = useTranslation()
  const register = useRegister()
  const failure = useFailureMessage()
  const { errors, fromIssues, clear } = useFieldErrors()

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (register.isPending) return
    const parsed = RegisterSchema.safeParse(
      formValues(event.currentTarget, ["firstName", "lastName", "email", "password"])
    )
    if (!parsed.success) {
      fromIssues(parsed.error.issues)
      focusField(event.currentTarget, parsed.error.issues[0]?.path[0]?.toString())
      return
    }
    clear()
    register.mutate(parsed.data)
  }

  return (
    <section aria-labelledby="register-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="register-heading" className="text-xl font-semibold text-stone-950">
        {t("account.registerHeading")}
      </h2>
      <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3" data-testid="register-form">
        <Field name="firstName" label={t("checkout.firstName")} error={errors.firstName}>
          {(props) => <input {...props} name="firstName" autoComplete="given-name" className={inputClass} />}
        </Field>
        <Field name="lastName" label={t("checkout.lastName")} error={errors.lastName}>
          {(props) => <input {...props} name="lastName" autoComplete="family-name" className={inputClass} />}
        </Field>
        <Field name="email" label={t("checkout.email")} error={errors.email}>
          {(props) => <input {...props} name="email" type="email" autoComplete="email" className={inputClass} />}
        </Field>
        <Field name="password" label={t("account.newPassword")} error={errors.password}>
          {(props) => <input {...props} name="password" type="password" autoComplete="new-password" className={inputClass} />}
        </Field>
        <button type="submit" aria-disabled={register.isPending} className={primaryButtonClass}>
          {register.isPending ? t("account.registering") : t("account.register")}
        </button>
        {register.isError ? (
          <p role="alert" className="text-sm text-red-900">
            {failure(register.error, "register")}
          </p>
        ) : null}
      </form>
    </section>
  )
}
