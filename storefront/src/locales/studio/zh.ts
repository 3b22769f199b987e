import app from "./zh/app.json"
import access from "./zh/access.json"
import today from "./zh/today.json"
import listings from "./zh/listings.json"
import orders from "./zh/orders.json"
import makers from "./zh/makers.json"
import earnings from "./zh/earnings.json"
import profile from "./zh/profile.json"
import offline from "./zh/offline.json"
import pwa from "./zh/pwa.json"

/** The studio's messages in this language, a file per area; the studio loads them as one chunk (features/studio/studio-i18n.ts). */
export default { app, access, today, listings, orders, makers, earnings, profile, offline, pwa }
