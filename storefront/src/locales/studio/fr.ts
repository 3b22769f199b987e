import app from "./fr/app.json"
import access from "./fr/access.json"
import today from "./fr/today.json"
import listings from "./fr/listings.json"
import orders from "./fr/orders.json"
import makers from "./fr/makers.json"
import earnings from "./fr/earnings.json"
import profile from "./fr/profile.json"
import offline from "./fr/offline.json"
import pwa from "./fr/pwa.json"

/** The studio's messages in this language, a file per area; the studio loads them as one chunk (features/studio/studio-i18n.ts). */
export default { app, access, today, listings, orders, makers, earnings, profile, offline, pwa }
