import app from "./km/app.json"
import access from "./km/access.json"
import today from "./km/today.json"
import listings from "./km/listings.json"
import orders from "./km/orders.json"
import makers from "./km/makers.json"
import earnings from "./km/earnings.json"
import profile from "./km/profile.json"
import offline from "./km/offline.json"
import pwa from "./km/pwa.json"

/** The studio's messages in this language, a file per area; the studio loads them as one chunk (features/studio/studio-i18n.ts). */
export default { app, access, today, listings, orders, makers, earnings, profile, offline, pwa }
