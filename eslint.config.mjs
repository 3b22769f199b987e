// Boundary rules, not style: which folder may import which, and no import cycles.
import { readdirSync } from "node:fs"
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript"
import importX from "eslint-plugin-import-x"
import tseslint from "typescript-eslint"

const features = readdirSync(new URL("./storefront/src/features", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

const tests = ["**/__tests__/**", "**/*.spec.ts", "**/*.spec.tsx", "**/*.test.ts", "**/*.test.tsx"]

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/.medusa/**",
      "**/.cache/**",
      "**/.data/**",
      "**/coverage/**",
      "**/playwright-report/**",
      "**/test-results/**",
      "**/*.d.ts",
    ],
  },
  {
    files: ["**/*.{ts,tsx,mts,cts,js,mjs,cjs}"],
    languageOptions: { parser: tseslint.parser },
    plugins: { "import-x": importX },
    settings: {
      // no-cycle follows imports only into files it can parse.
      "import-x/extensions": [".ts", ".tsx", ".cts", ".mts", ".js", ".jsx", ".cjs", ".mjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx", ".cts", ".mts"] },
      // Each file is resolved with the tsconfig nearest to it, so the storefront's `@/` alias counts.
      "import-x/resolver-next": [
        createTypeScriptImportResolver({
          noWarnOnMultipleProjects: true,
          project: ["storefront/tsconfig.json", "backend/tsconfig.json", "packages/*/tsconfig.json", "e2e/tsconfig.json", "bench/tsconfig.json"],
        }),
      ],
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      // Leaving out fields by destructuring (`const { secret, ...rest } = x`) is how we omit them.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { ignoreRestSiblings: true, argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      // A `let` that a callback registered earlier reads (an exit hook) cannot become a const.
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // CommonJS files (jest's config, the image's scripts) load with require.
    files: ["**/*.{js,cjs}"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The HTTP suites read response bodies as `any`; typing them is its own piece of work.
    files: ["backend/integration-tests/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["backend/src/**/*.{ts,tsx}", "storefront/src/**/*.{ts,tsx}", "packages/*/src/**/*.ts"],
    // A module's DML models name each other's relations (`model.belongsTo(() => Group)`), as
    // Medusa's own modules do; the thunks make those imports safe, so models/ is left out.
    ignores: ["backend/src/modules/*/models/**"],
    rules: { "import-x/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    files: ["storefront/src/**/*.{ts,tsx}"],
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            ...features.map((feature) => ({
              target: `./storefront/src/features/${feature}`,
              from: "./storefront/src/features",
              except: [`./${feature}`],
              message: "Features do not import each other: move what both need to components/ or lib/.",
            })),
            {
              target: ["./storefront/src/lib", "./storefront/src/components"],
              from: "./storefront/src/features",
              message: "lib/ and components/ are shared by features and never import one.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["backend/src/**/*.{ts,tsx}"],
    ignores: ["backend/src/scripts/**", ...tests],
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./backend/src",
              from: "./backend/src/scripts",
              message: "Runtime code never imports scripts/: move what both need to a module or lib/.",
            },
          ],
        },
      ],
    },
  }
)
