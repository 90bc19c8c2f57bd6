/**
 * Org units carry a materialised path of ids from the root to themselves, with a leading and trailing
 * slash: "/1/4/9/". A user acts only inside their own org subtree (SPEC "Users and roles").
 */

const ORG_PATH = /^\/(?:\d+\/)+$/;

export function isValidOrgPath(path: string): boolean {
  return ORG_PATH.test(path);
}

/** True when the target unit is the actor's own unit or lies below it ("/1/4/" does not contain "/1/45/"). */
export function isWithinOrgScope(actorOrgPath: string, targetOrgPath: string): boolean {
  if (!isValidOrgPath(actorOrgPath) || !isValidOrgPath(targetOrgPath)) return false;
  return targetOrgPath.startsWith(actorOrgPath);
}
