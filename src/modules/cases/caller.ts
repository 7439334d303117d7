/** The caller of a person-data route: the viewer the policy decides for and the actor the audit trail records. */
import type { FastifyRequest } from 'fastify';
import { originOf } from '../../server/plugins/session';
import { viewerOf } from '../access/viewer';
import type { Caller } from './context';

export const callerOf = (request: FastifyRequest): Caller => ({ viewer: viewerOf(request), actor: originOf(request) });
