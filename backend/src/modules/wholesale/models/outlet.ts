import { model } from "@medusajs/framework/utils"
import Company from "./company"

/** One address of a company (a hotel's gift shop, a shop's branch), in Cambodia. */
const Outlet = model.define("outlet", {
  id: model.id({ prefix: "outl" }).primaryKey(),
  name: model.text(),
  address_1: model.text(),
  address_2: model.text().nullable(),
  city: model.text(),
  province: model.text(),
  postal_code: model.text().nullable(),
  phone: model.text().nullable(),
  company: model.belongsTo(() => Company, { mappedBy: "outlets" }),
})

export default Outlet
