// dynalite ships no types; the bench uses its in-process server only.
declare module 'dynalite' {
  import type { Server } from 'node:http';
  export default function dynalite(options: { createTableMs?: number }): Server;
}
