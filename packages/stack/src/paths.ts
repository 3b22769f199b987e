import path from "node:path"
import { fileURLToPath } from "node:url"

/** The repository root: this file lives at packages/stack/src/paths.ts. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..")

export const BACKEND_DIR = path.join(REPO_ROOT, "backend")
/** Where `medusa build` writes the production server (with the admin in public/admin). */
export const BACKEND_BUILD_DIR = path.join(BACKEND_DIR, ".medusa", "server")
export const STOREFRONT_DIR = path.join(REPO_ROOT, "storefront")
export const STOREFRONT_BUILD_DIR = path.join(STOREFRONT_DIR, "dist")
export const SHARED_DIR = path.join(REPO_ROOT, "packages", "shared")
export const DEMO_DATA_DIR = path.join(REPO_ROOT, "packages", "demo-data")
