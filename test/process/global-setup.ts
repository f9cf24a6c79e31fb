/** Builds the server once, as `npm start` builds it (dist/server.mjs), for every test of the process project. */
import type { TestProject } from 'vitest/node';
import { buildServer } from '../helpers/server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** What follows `process.execPath` to start the built server. */
    serverArgs: string[];
  }
}

export default function setup(project: TestProject) {
  project.provide('serverArgs', buildServer());
}
