/**
 * @sipakam/shared for the admin bundle. The package's build is CommonJS, which the admin's Vite
 * build does not convert outside node_modules, so the admin reads the TypeScript sources, as the
 * storefront does. Import the vocabulary and money helpers from here, not from the package root.
 */
export { formatMoney, toMinorUnits } from "@sipakam/shared/src/money"
export { labelOf } from "@sipakam/shared/src/vocabulary/vocabulary"
export { CRAFTS } from "@sipakam/shared/src/vocabulary/crafts"
export { PEOPLES } from "@sipakam/shared/src/vocabulary/peoples"
export { PROVINCES } from "@sipakam/shared/src/vocabulary/provinces"
