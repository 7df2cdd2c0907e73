// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

export default tseslint.config(
  {
    ignores: ["build/**", ".data/**", "node_modules/**", "playwright-report/**", "test-results/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        URLSearchParams: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        performance: "readonly",
        globalThis: "readonly",
        document: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  {
    // Routes stay thin: they reach data only through app/modules/**.server.ts (CONVENTIONS 1–2).
    files: ["app/routes/**/*.{ts,tsx}", "app/components/**/*.{ts,tsx}", "app/root.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              // A regex, because a leading "#" is a comment in gitignore-style groups.
              regex: "^(#db(/|$)|drizzle-orm|postgres$|@electric-sql/)|(^|/)db/",
              message:
                "Routes and components must not touch the database; call a module in app/modules.",
            },
            {
              regex: "^#search(/|$)|(^|/)search/",
              message: "Routes reach search through app/modules.",
            },
          ],
        },
      ],
    },
  },
  {
    // Components render data; they never import server modules.
    files: ["app/components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(~/modules/|#db(/|$)|drizzle-orm)",
              message: "Components must not import modules or the database.",
            },
          ],
        },
      ],
    },
  },
);
