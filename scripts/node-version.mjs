// Runs before every editor and build command (package.json), in plain JavaScript so that
// an old Node can run it: the commands themselves are TypeScript files, which Node runs
// only from 22.12 on, and older versions die with ERR_UNKNOWN_FILE_EXTENSION.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    [
      `Cần Node.js 22.12 trở lên; máy này đang có Node.js ${process.versions.node}.`,
      'Hãy cài bản Node.js LTS mới (https://nodejs.org), hoặc chạy: source .ci/ensure-node.sh',
      `(Node.js 22.12 or later is required; this machine has ${process.versions.node}.)`,
    ].join('\n'),
  );
  process.exit(1);
}
