/** Jest runs TypeScript through ts-jest; type errors are caught by `npm run typecheck`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          isolatedModules: true,
          module: "CommonJS",
          moduleResolution: "node",
          jsx: "react-jsx",
          esModuleInterop: true,
          resolveJsonModule: true,
        },
      },
    ],
  },
  setupFilesAfterEnv: ["<rootDir>/test/setup/fail-on-console.ts"],
};
