import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tagOf, workspaceProjects } from './workspace-projects.mjs';

/** A lib or tool: where it lives, its package, its tags and what its package.json says it is for. */
export interface ProjectDoc {
  readonly root: string;
  readonly packageName: string;
  readonly kind: string;
  readonly scope: string;
  readonly platform: string;
  readonly purpose: string;
}

/**
 * The workspace's projects under one folder (`libs`, `tools`), sorted by folder.
 *
 * @example
 * readProjects(root, 'libs').map((lib) => lib.packageName); // ['@fleet/id-token', …]
 */
export function readProjects(root: string, folder: string): ProjectDoc[] {
  return workspaceProjects(root)
    .filter((project) => project.root.startsWith(`${folder}/`))
    .map((project) => {
      const pkg = JSON.parse(readFileSync(join(root, project.root, 'package.json'), 'utf8')) as {
        name: string;
        description?: string;
      };
      return {
        root: project.root,
        packageName: pkg.name,
        kind: tagOf(project, 'kind') ?? '',
        scope: tagOf(project, 'scope') ?? '',
        platform: tagOf(project, 'platform') ?? '',
        purpose: pkg.description ?? '',
      };
    })
    .sort((a, b) => a.root.localeCompare(b.root));
}
