/** Layers point one way: taskpane, cli -> document -> rules -> model. */
module.exports = {
  forbidden: [
    {
      name: "model-imports-nothing",
      comment: "The model is pure data and schemas: it may not import another layer.",
      severity: "error",
      from: { path: "^src/model/" },
      to: { path: "^src/(?!model/)" },
    },
    {
      name: "rules-only-model",
      comment: "Rules are pure functions over the model.",
      severity: "error",
      from: { path: "^src/rules/" },
      to: { path: "^src/(document|taskpane|cli)/" },
    },
    {
      name: "document-not-up",
      severity: "error",
      from: { path: "^src/document/" },
      to: { path: "^src/(taskpane|cli)/" },
    },
    {
      name: "report-below-cli-and-taskpane",
      comment:
        "The board's overview (src/report) is shared by the command line and the board page.",
      severity: "error",
      from: { path: "^src/report/" },
      to: { path: "^src/(taskpane|cli)/" },
    },
    {
      name: "cli-and-taskpane-apart",
      severity: "error",
      from: { path: "^src/(cli|taskpane)/" },
      to: { path: "^src/(cli|taskpane)/", pathNot: "^src/$1/" },
    },
    {
      name: "pure-core-no-io",
      comment:
        "model and rules do no I/O and know no clock; the board's overview runs in a browser.",
      severity: "error",
      from: { path: "^src/(model|rules|report)/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    exclude: { path: "\\.test\\.tsx?$" },
  },
};
