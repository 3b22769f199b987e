import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { Field, focusField, formValues, inputClass, primaryButtonClass } from "@/components/form-field"
import { CheckoutAddressSchema, useSetAddress, type CheckoutAddressType } from "@/features/checkout/api/set-address"
import type { CartType } from "@/lib/cart"
import type { CustomerType } from "@/lib/customer"
import { countryOptions, type RegionType } from "@/lib/region"

type FieldName = keyof CheckoutAddressType
type ErrorsType = Partial<Record<FieldName, string>>

function initialValues(cart: CartType, customer: CustomerType | null): CheckoutAddressType {
  const saved = cart.shipping_address
  const customerAddress =
    customer?.addresses?.find((address) => address.is_default_shipping) ?? customer?.addresses?.[0]
  const source = saved?.address_1 ? saved : customerAddress
  return {
    email: cart.email ?? customer?.email ?? "",
    firstName: source?.first_name ?? customer?.first_name ?? "",
    lastName: source?.last_name ?? customer?.last_name ?? "",
    address1: source?.address_1 ?? "",
    city: source?.city ?? "",
    postalCode: source?.postal_code ?? "",
    countryCode: source?.country_code ?? "",
    phone: source?.phone ?? "",
  }
}

type AddressStepProps = {
  cart: CartType
  customer: CustomerType | null
  regions: RegionType[]
  onDone: () => void
}

/** Email and shipping address; the country picks the region and so the currency. */
export function AddressStep({ cart, customer, regions, onDone }: AddressStepProps) {
  const { t, i18n } = useTranslation()
  const countries = countryOptions(regions, i18n.language)
  const [errors, setErrors] = useState<ErrorsType>({})
  const setAddress = useSetAddress()
  const values = initialValues(cart, customer)

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (setAddress.isPending) return
    const parsed = CheckoutAddressSchema.safeParse(formValues(event.currentTarget, Object.keys(values) as FieldName[]))
    if (!parsed.success) {
      const found: ErrorsType = {}
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as FieldName
        found[field] ??= t(`checkout.errors.${issue.message}` as "checkout.errors.required")
      }
      setErrors(found)
      focusField(event.currentTarget, parsed.error.issues[0]?.path[0]?.toString())
      return
    }
    setErrors({})
    setAddress.mutate({ address: parsed.data, regions }, { onSuccess: onDone })
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2" data-testid="address-form">
      <div className="sm:col-span-2">
        <Field name="email" label={t("checkout.email")} error={errors.email}>
          {(props) => (
            <input {...props} name="email" type="email" autoComplete="email" defaultValue={values.email} className={inputClass} />
          )}
        </Field>
      </div>
      <Field name="firstName" label={t("checkout.firstName")} error={errors.firstName}>
        {(props) => (
          <input {...props} name="firstName" autoComplete="given-name" defaultValue={values.firstName} className={inputClass} />
        )}
      </Field>
      <Field name="lastName" label={t("checkout.lastName")} error={errors.lastName}>
        {(props) => (
          <input {...props} name="lastName" autoComplete="family-name" defaultValue={values.lastName} className={inputClass} />
        )}
      </Field>
      <div className="sm:col-span-2">
        <Field name="address1" label={t("checkout.address1")} error={errors.address1}>
          {(props) => (
            <input {...props} name="address1" autoComplete="address-line1" defaultValue={values.address1} className={inputClass} />
          )}
        </Field>
      </div>
      <Field name="city" label={t("checkout.city")} error={errors.city}>
        {(props) => (
          <input {...props} name="city" autoComplete="address-level2" defaultValue={values.city} className={inputClass} />
        )}
      </Field>
      <Field name="postalCode" label={t("checkout.postalCode")} error={errors.postalCode}>
        {(props) => (
          <input {...props} name="postalCode" autoComplete="postal-code" defaultValue={values.postalCode} className={inputClass} />
        )}
      </Field>
      <Field name="countryCode" label={t("checkout.country")} error={errors.countryCode}>
        {(props) => (
          <select {...props} name="countryCode" autoComplete="country" defaultValue={values.countryCode} className={inputClass}>
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
        {(props) => (
          <input {...props} name="phone" type="tel" autoComplete="tel" defaultValue={values.phone} className={inputClass} />
        )}
      </Field>
      <p className="text-sm text-stone-800 sm:col-span-2">{t("checkout.currencyNote")}</p>
      <div className="sm:col-span-2">
        <button
          type="submit"
          aria-disabled={setAddress.isPending}
          className={primaryButtonClass}
        >
          {setAddress.isPending ? t("checkout.saving") : t("checkout.toShipping")}
        </button>
        {setAddress.isError ? (
          <p role="alert" className="mt-2 text-sm text-red-900">
            {t("checkout.saveError", { message: setAddress.error.message })}
          </p>
        ) : null}
      </div>
    </form>
  )
}
