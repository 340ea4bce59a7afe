/** @type {import('next').NextConfig} */
const nextConfig = {
  // client-node is ESM with native deps of its own; keep it out of the server bundle.
  serverExternalPackages: ['@kubernetes/client-node', 'undici', 'yaml'],
  poweredByHeader: false,
};

export default nextConfig;
