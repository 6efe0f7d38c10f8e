import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // pg and the Prisma client stay plain Node modules, loaded at run time rather than bundled
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
};

export default nextConfig;
