import { Module } from "@medusajs/framework/utils"
import HeritageModuleService from "./service"

export const HERITAGE_MODULE = "heritage"

export default Module(HERITAGE_MODULE, {
  service: HeritageModuleService,
})
