// The layer rules, written down once and checked by `npm run check:layers`
// (part of `npm test`). ARCHITECTURE.md ("Layer rules") says why each holds.

// Server folders, lowest first: a folder may import its own layer and the ones
// before it, never one after. appContext.ts holds only the config's types, so
// every layer may import it.
const SERVER_LAYERS = [
  ['db', 'db/'],
  ['http', 'http/'],
  ['auth', 'auth/'],
  ['privacy', 'privacy/'],
  ['ingest, insight, surveys, export, openapi, cases, routing, mail, webhooks, channels', '(ingest|insight|surveys|export|openapi|cases|routing|mail|webhooks|channels)/'],
  ['views', 'views/'],
  ['routes, jobs, backup, cli', '(routes|jobs|backup|cli)/|(config|trustSettings)\\.ts$'],
];

const serverLayerRules = SERVER_LAYERS.map(([name, path], index) => ({
  name: `server-${name.split(',')[0]}-imports-only-downward`,
  comment: `server/src/${name} may import only ${SERVER_LAYERS.slice(0, index + 1).map(([n]) => n).join(' < ')} and appContext.ts`,
  severity: 'error',
  from: { path: `^server/src/(${path})` },
  to: {
    path: '^server/src/',
    pathNot: [...SERVER_LAYERS.slice(0, index + 1).map(([, p]) => `^server/src/(${p})`), '^server/src/appContext\\.ts$'],
  },
}));

function never(name, comment, from, toPath) {
  return { name, comment, severity: 'error', from, to: { path: toPath } };
}

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No cycles anywhere, type-only imports included: a cycle means two files are one job, or a type lives away from its owner.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    never('shared-imports-nothing-above', 'shared/ is the bottom layer: widget, server and dashboard all import it, so it imports none of them.',
      { path: '^shared/' }, '^(widget|server|dashboard|demo|bench|tests)/'),
    never('widget-only-shared', "The widget runs in shoppers' browsers: it never imports server, dashboard or demo code (a test may, to check the two agree).",
      { path: '^widget/', pathNot: '^widget/test/|\\.test\\.ts$' }, '^(server|dashboard|demo|bench|tests)/'),
    never('dashboard-only-shared', "The dashboard talks to the server through the API and shared's types; it never imports server or widget code.",
      { path: '^dashboard/', pathNot: '\\.test\\.tsx?$' }, '^(server|widget|demo|bench|tests)/'),
    never('server-no-ui-code', 'The collector serves the built widget and dashboard as files; it never imports their source.',
      { path: '^server/' }, '^(widget|dashboard)/'),
    never('product-code-no-tests', 'Product code never depends on tests, benches or the demo.',
      { path: '^(shared|widget/src|server/src|dashboard/src)/' }, '^(tests|bench|demo)/|/test/|\\.test\\.tsx?$'),
    ...serverLayerRules,
    never('server-routes-only-from-app', 'app.ts mounts the route modules and is the whole HTTP surface (with otherRoutes.ts, the part it loads on first use); nothing else imports a route, so logic a route needs lives in a layer below it.',
      { path: '^server/src/', pathNot: '^server/src/(app\\.ts|otherRoutes\\.ts|routes/)' }, '^server/src/routes/'),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count: they decide where a type lives and can close a cycle too.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
};
