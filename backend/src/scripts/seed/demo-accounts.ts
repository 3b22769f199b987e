import {
  createCustomerAccountWorkflow,
  createUserAccountWorkflow,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import type { AuthIdentityDTO, CreateCustomerDTO, MedusaContainer } from "@medusajs/framework/types"
import { DEMO_EMAILS, DEMO_PASSWORD } from "./constants"

const EMAILPASS = "emailpass"

const CUSTOMERS: CreateCustomerDTO[] = [
  {
    email: DEMO_EMAILS.tourist,
    first_name: "Emma",
    last_name: "Laurent",
    addresses: [
      {
        address_name: "Home",
        first_name: "Emma",
        last_name: "Laurent",
        address_1: "14 rue des Tanneurs",
        city: "Lyon",
        postal_code: "69001",
        country_code: "fr",
        is_default_shipping: true,
        is_default_billing: true,
      },
    ],
  },
  {
    email: DEMO_EMAILS.hotel,
    first_name: "Sokunthea",
    last_name: "Chea",
    company_name: "Rumdul Heritage Hotel",
    addresses: [
      {
        address_name: "Hotel gift shop",
        company: "Rumdul Heritage Hotel",
        first_name: "Sokunthea",
        last_name: "Chea",
        address_1: "Street 26, Wat Bo Village",
        city: "Siem Reap",
        province: "Siem Reap",
        postal_code: "17252",
        country_code: "kh",
        is_default_shipping: true,
        is_default_billing: true,
      },
    ],
  },
]

/**
 * The email-and-password identity for an address, registered through the Auth Module as
 * Medusa's `/auth/.../emailpass/register` route and `medusa user` command do.
 */
export async function emailpassIdentity(
  container: MedusaContainer,
  email: string
): Promise<AuthIdentityDTO> {
  const auth = container.resolve(Modules.AUTH)
  const [provider] = await auth.listProviderIdentities({ entity_id: email, provider: EMAILPASS })
  if (provider?.auth_identity_id) {
    return auth.retrieveAuthIdentity(provider.auth_identity_id)
  }
  const { success, authIdentity, error } = await auth.register(EMAILPASS, {
    body: { email, password: DEMO_PASSWORD },
  })
  if (!success || !authIdentity) {
    throw new Error(`Could not register ${email}: ${error ?? "unknown error"}`)
  }
  return authIdentity
}

/** Points an identity at its actor when an earlier, interrupted run left it unlinked. */
async function linkIdentity(
  container: MedusaContainer,
  identity: AuthIdentityDTO,
  key: "user_id" | "customer_id",
  actorId: string
): Promise<void> {
  if (identity.app_metadata?.[key] === actorId) {
    return
  }
  await container.resolve(Modules.AUTH).updateAuthIdentities({
    id: identity.id,
    app_metadata: { ...(identity.app_metadata ?? {}), [key]: actorId },
  })
}

async function ensureOperator(container: MedusaContainer): Promise<void> {
  const email = DEMO_EMAILS.operator
  const [user] = await container.resolve(Modules.USER).listUsers({ email })
  const identity = await emailpassIdentity(container, email)
  if (user) {
    await linkIdentity(container, identity, "user_id", user.id)
    return
  }
  await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: identity.id,
      userData: { email, first_name: "Sipakam", last_name: "Operator" },
    },
  })
}

async function ensureCustomer(container: MedusaContainer, data: CreateCustomerDTO): Promise<void> {
  const email = data.email ?? ""
  const [customer] = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ email, has_account: true })
  const identity = await emailpassIdentity(container, email)
  if (customer) {
    await linkIdentity(container, identity, "customer_id", customer.id)
    return
  }
  await createCustomerAccountWorkflow(container).run({
    input: { authIdentityId: identity.id, customerData: data },
  })
}

/**
 * The operator (an admin user) and two customers, a tourist and a hotel buyer, all with the
 * password `sipakam-demo`.
 */
export async function ensureDemoAccounts(container: MedusaContainer): Promise<void> {
  await ensureOperator(container)
  for (const customer of CUSTOMERS) {
    await ensureCustomer(container, customer)
  }
}
