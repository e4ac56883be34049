import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const NO_DATABASE = {
  group: ["@/lib/db", "@/lib/generated/prisma/client", "@prisma/*", "pg"],
  message: "Only lib/data talks to the database: call a function from lib/data.",
};
const NO_NEXT_LINK = {
  group: ["next/link"],
  message: "Use Link from @/components/ui/link: it does not prefetch per-user pages.",
};
const NO_APP = { group: ["@/app/*"], message: "lib/ and components/ never import from app/." };

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "lib/generated/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
  ]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // The data layer is the only code that talks to the database; lib/ and components/ never import from app/.
  restrictImports(["app/**", "proxy.ts"], [], [NO_DATABASE, NO_NEXT_LINK]),
  restrictImports(
    ["components/**", "lib/**"],
    // lib/shutdown.ts closes the pools on SIGTERM.
    ["lib/data/**", "lib/db.ts", "lib/shutdown.ts"],
    [NO_DATABASE, NO_APP, NO_NEXT_LINK],
  ),
  restrictImports(["components/ui/link.tsx", "components/ui/link-pending.tsx"], [], [NO_DATABASE, NO_APP]),
  restrictImports(["lib/data/**", "lib/db.ts"], [], [NO_APP]),
]);

function restrictImports(files, ignores, patterns) {
  return { files, ignores, rules: { "no-restricted-imports": ["error", { patterns }] } };
}
