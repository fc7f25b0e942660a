import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["node_modules", "dist", "coverage", "templates", "test-results", ".tmp", "**/*.cjs"],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { console: "readonly", process: "readonly" } },
    rules: {
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // Office.js is reached only through the Word adapter; everything else gets operations through the port.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/document/word/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Word", message: "Office.js belongs in src/document/word/ only." },
        { name: "Office", message: "Office.js belongs in src/document/word/ only." },
      ],
    },
  },
);
