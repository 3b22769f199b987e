import { useEffect, useRef } from "react"
import { useTranslation } from "react-i18next"
import { ErrorNotice } from "@/components/error-notice"
import { useLogOut } from "@/features/account/api/log-out"
import { AddressBook } from "@/features/account/components/address-book"
import { LogInForm, RegisterForm } from "@/features/account/components/auth-forms"
import { OrderHistory } from "@/features/account/components/order-history"
import { useCustomer, type CustomerType } from "@/lib/customer"
import { useDocumentTitle } from "@/lib/use-document-title"

function SignedIn({ customer }: { customer: CustomerType }) {
  const { t } = useTranslation()
  const logOut = useLogOut()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    // After logging in or registering, the page's heading changes: say so by moving focus there.
    heading.current?.focus()
  }, [])
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold text-stone-950 focus:outline-none sm:text-3xl">
          {t("account.welcome", { name: customer.first_name || customer.email })}
        </h1>
        <button
          type="button"
          aria-disabled={logOut.isPending}
          onClick={() => {
            if (!logOut.isPending) logOut.mutate()
          }}
          className="min-h-11 rounded-md border border-stone-400 bg-white px-4 font-medium text-stone-900 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800"
        >
          {t("account.logOut")}
        </button>
      </div>
      <p className="mt-1 text-stone-800" data-testid="account-email">
        {customer.email}
      </p>
      <OrderHistory />
      <AddressBook addresses={customer.addresses ?? []} />
    </div>
  )
}

/** The account: log in or register, or, signed in, orders and addresses. */
export function AccountPage() {
  const { t } = useTranslation()
  const customer = useCustomer()
  useDocumentTitle(t("account.title"))

  if (customer.isPending) {
    return (
      <p role="status" className="text-stone-700">
        {t("account.loading")}
      </p>
    )
  }
  if (customer.isError) {
    return (
      <ErrorNotice title={t("account.error")} error={customer.error} onRetry={() => void customer.refetch()} isRetrying={customer.isFetching} />
    )
  }
  if (customer.data) {
    return <SignedIn customer={customer.data} />
  }
  return (
    <div>
      <h1 className="text-2xl font-bold text-stone-950 sm:text-3xl">{t("account.title")}</h1>
      <p className="mt-2 max-w-2xl text-stone-800">{t("account.intro")}</p>
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        <LogInForm />
        <RegisterForm />
      </div>
    </div>
  )
}
