/** A project of the workspace as project.json declares it. */
export interface WorkspaceProject {
  /** Its folder, relative to the workspace root (`libs/shared/contract`). */
  readonly root: string;
  readonly name: string;
  readonly tags: readonly string[];
}

export function workspaceProjects(workspaceRoot: string): WorkspaceProject[];

export function tagOf(project: WorkspaceProject, dimension: string): string | undefined;
