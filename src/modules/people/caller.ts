/** The caller of a people route, as the access policy and the audit trail see them. */
import type { FastifyRequest } from 'fastify';
import { viewerOf } from '../access/viewer';
import { originOf } from '../../server/plugins/session';
import type { Caller } from './shared';

export const callerOf = (request: FastifyRequest): Caller => ({ viewer: viewerOf(request), actor: originOf(request) });
