/** Break-glass for other screens: the person page mounts <BreakGlassRequest> when a record is not visible. */
export { BreakGlassRequest } from './break-glass-request';
