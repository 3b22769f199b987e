import { AccountPage } from "@/features/account/components/account-page"

export function AccountRoute() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <AccountPage />
    </div>
  )
}
