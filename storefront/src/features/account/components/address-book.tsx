import type { HttpTypes } from "@medusajs/types"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { ErrorNotice } from "@/components/error-notice"
import { Field, focusField, formValues, inputClass, primaryButtonClass } from "@/components/form-field"
import { AccountAddressSchema, type AccountAddressType } from "@/features/account/api/account-schemas"
import { useCreateAddress, useDeleteAddress, useUpdateAddress } from "@/features/account/api/addresses"
import { countryOptions, useRegions } from "@/lib/region"

type AddressType = HttpTypes.StoreCustomerAddress
type FieldName = keyof AccountAddressType
const FIELDS: FieldName[] = ["firstName", "lastName", "address1", "city", "postalCode", "countryCode", "phone"]

const secondaryButtonClass =
  "min-h-11 rounded-md border border-stone-400 bg-white px-4 font-medium text-stone-900 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800 aria-disabled:opacity-70"

function AddressForm({ address, onDone }: { address: AddressType | null; onDone: () => void }) {
  const { t, i18n } = useTranslation()
  const regions = useRegions()
  const create = useCreateAddress()
  const update = useUpdateAddress()
  const saving = create.isPending || update.isPending
  const failed = create.error ?? update.error
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({})
  const countries = countryOptions(regions.data ?? [], i18n.language)

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (saving) return
    const parsed = AccountAddressSchema.safeParse(formValues(event.currentTarget, FIELDS))
    if (!parsed.success) {
      const found: Partial<Record<FieldName, string>> = {}
      for (const issue of parsed.error.issues) {
        found[issue.path[0] as FieldName] ??= t(`checkout.errors.${issue.message}` as "checkout.errors.required")
      }
      setErrors(found)
      focusField(event.currentTarget, parsed.error.issues[0]?.path[0]?.toString())
      return
    }
    setErrors({})
    if (address) {
      update.mutate({ id: address.id, address: parsed.data }, { onSuccess: onDone })
    } else {
      create.mutate(parsed.data, { onSuccess: onDone })
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 grid gap-3 rounded-lg border border-stone-300 p-4 sm:grid-cols-2" data-testid="address-book-form">
      <Field name="firstName" label={t("checkout.firstName")} error={errors.firstName}>
        {(props) => <input {...props} name="firstName" autoComplete="given-name" defaultValue={address?.first_name ?? ""} className={inputClass} />}
      </Field>
      <Field name="lastName" label={t("checkout.lastName")} error={errors.lastName}>
        {(props) => <input {...props} name="lastName" autoComplete="family-name" defaultValue={address?.last_name ?? ""} className={inputClass} />}
      </Field>
      <div className="sm:col-span-2">
        <Field name="address1" label={t("checkout.address1")} error={errors.address1}>
          {(props) => <input {...props} name="address1" autoComplete="address-line1" defaultValue={address?.address_1 ?? ""} className={inputClass} />}
        </Field>
      </div>
      <Field name="city" label={t("checkout.city")} error={errors.city}>
        {(props) => <input {...props} name="city" autoComplete="address-level2" defaultValue={address?.city ?? ""} className={inputClass} />}
      </Field>
      <Field name="postalCode" label={t("checkout.postalCode")} error={errors.postalCode}>
        {(props) => <input {...props} name="postalCode" autoComplete="postal-code" defaultValue={address?.postal_code ?? ""} className={inputClass} />}
      </Field>
      <Field name="countryCode" label={t("checkout.country")} error={errors.countryCode}>
        {(props) => (
          <select {...props} name="countryCode" autoComplete="country" defaultValue={address?.country_code ?? ""} className={inputClass}>
            <option value="">{t("checkout.chooseCountry")}</option>
            {countries.map((country) => (
              <option key={country.iso2} value={country.iso2}>
                {country.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="phone" label={t("checkout.phone")} error={errors.phone}>
        {(props) => <input {...props} name="phone" type="tel" autoComplete="tel" defaultValue={address?.phone ?? ""} className={inputClass} />}
      </Field>
      <div className="flex flex-wrap gap-3 sm:col-span-2">
        <button type="submit" aria-disabled={saving} className={primaryButtonClass}>
          {saving ? t("checkout.saving") : t("account.saveAddress")}
        </button>
        <button type="button" onClick={onDone} className={secondaryButtonClass}>
          {t("account.cancel")}
        </button>
      </div>
      {failed ? (
        <p role="alert" className="text-sm text-red-900 sm:col-span-2">
          {t("checkout.saveError", { message: failed.message })}
        </p>
      ) : null}
    </form>
  )
}

function AddressCard({ address, onEdit }: { address: AddressType; onEdit: () => void }) {
  const { t, i18n } = useTranslation()
  const remove = useDeleteAddress()
  const name = [address.first_name, address.last_name].filter(Boolean).join(" ")
  const country = address.country_code
    ? new Intl.DisplayNames([i18n.language], { type: "region" }).of(address.country_code.toUpperCase())
    : ""
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-4" data-testid="address-card">
      <address className="text-stone-900 not-italic">
        {name}
        <br />
        {address.address_1}
        <br />
        {[address.postal_code, address.city].filter(Boolean).join(" ")}
        <br />
        {country}
      </address>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" onClick={onEdit} className={secondaryButtonClass} aria-label={t("account.editAddressOf", { address: address.address_1 ?? name })}>
          {t("checkout.edit")}
        </button>
        <button
          type="button"
          aria-disabled={remove.isPending}
          onClick={() => {
            if (!remove.isPending) remove.mutate(address.id)
          }}
          className={secondaryButtonClass}
          aria-label={t("account.deleteAddressOf", { address: address.address_1 ?? name })}
        >
          {t("account.deleteAddress")}
        </button>
      </div>
      {remove.isError ? (
        <p role="alert" className="mt-2 text-sm text-red-900">
          {t("checkout.saveError", { message: remove.error.message })}
        </p>
      ) : null}
    </li>
  )
}

/** The customer's saved addresses: add, edit, delete. */
export function AddressBook({ addresses }: { addresses: AddressType[] }) {
  const { t } = useTranslation()
  const regions = useRegions()
  // null: no form open; "new": adding; an id: editing that address.
  const [editing, setEditing] = useState<string | null>(null)

  if (regions.isError) {
    return <ErrorNotice title={t("region.error")} error={regions.error} onRetry={() => void regions.refetch()} isRetrying={regions.isFetching} />
  }
  return (
    <section aria-labelledby="addresses-heading" className="mt-8">
      <h2 id="addresses-heading" className="text-xl font-semibold text-stone-950">
        {t("account.addressesHeading")}
      </h2>
      {addresses.length ? (
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {addresses.map((address) =>
            editing === address.id ? (
              <li key={address.id}>
                <AddressForm address={address} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <AddressCard key={address.id} address={address} onEdit={() => setEditing(address.id)} />
            )
          )}
        </ul>
      ) : (
        <p className="mt-2 text-stone-800">{t("account.noAddresses")}</p>
      )}
      {editing === "new" ? (
        <AddressForm address={null} onDone={() => setEditing(null)} />
      ) : (
        <button type="button" onClick={() => setEditing("new")} className={`mt-3 ${secondaryButtonClass}`}>
          {t("account.addAddress")}
        </button>
      )}
    </section>
  )
}
