/** The form's configuration, generated from the schemas at build time (scripts/build-admin.ts). */
declare module 'virtual:cms-config' {
  const config: import('@sveltia/cms').CmsConfig;
  export default config;
}
