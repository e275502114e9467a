// The workspace's projects as the lint walls and the generated docs see them: read from each project.json under the npm
// workspaces' folders, so a project that a generator (or a person) adds is walled in at once.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every project of the workspace: its root folder and its tags.
 *
 * @example
 * workspaceProjects('/repo').find((project) => project.root === 'libs/shared/contract')?.tags;
 * // ['kind:contract', 'scope:shared', 'platform:any']
 */
export function workspaceProjects(workspaceRoot) {
  const { workspaces } = JSON.parse(readFileSync(join(workspaceRoot, 'package.json'), 'utf8'));
  return workspaces
    .flatMap((pattern) => expand(workspaceRoot, pattern.split('/')))
    .filter((root) => existsSync(join(workspaceRoot, root, 'project.json')))
    .map((root) => {
      const project = JSON.parse(readFileSync(join(workspaceRoot, root, 'project.json'), 'utf8'));
      return { root, name: project.name, tags: project.tags ?? [] };
    });
}

/** The value of one tag dimension (`scope`, `kind`, …) of a project, if it has one. */
export function tagOf(project, dimension) {
  return project.tags.find((tag) => tag.startsWith(`${dimension}:`))?.slice(dimension.length + 1);
}

// package.json workspaces here are plain folders and `*` segments (apps/*, libs/*/*).
function expand(root, segments, prefix = '') {
  if (segments.length === 0) return [prefix];
  const [head, ...rest] = segments;
  const base = join(root, prefix);
  const names =
    head === '*'
      ? readdirSync(base, { withFileTypes: true })
          .filter((entry) => entry.isDirectory() && entry.name !== 'node_modules')
          .map((entry) => entry.name)
      : existsSync(join(base, head))
        ? [head]
        : [];
  return names.flatMap((name) => expand(root, rest, prefix ? `${prefix}/${name}` : name));
}
