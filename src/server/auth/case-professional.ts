import type { FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { idSchema } from '../../shared/domain';
import type { AppContext } from '../app-context';
import { ApiError } from '../http/api-error';
import type { UserRecord } from '../storage/storage';
import { requireUser } from './session-cookie';

/**
 * The logged-in professional of `:caseId`, or the POLICY.md answer: 404 for outsiders (the case
 * does not exist for them), 403 for a member with another role. The route table checks the same
 * before the handler runs; this keeps the handler safe on its own.
 */
export async function requireProfessionalOf(
  request: FastifyRequest,
  context: AppContext,
): Promise<{ user: UserRecord; caseId: string }> {
  const user = await requireUser(request, context);
  const params = z.safeParse(z.looseObject({ caseId: idSchema }), request.params);
  if (!params.success) throw new ApiError(404, 'not-found');
  const { caseId } = params.data;
  const own = (await context.storage.listMembershipsForUser(user.id)).find((m) => m.caseId === caseId);
  if (!own) throw new ApiError(404, 'not-found');
  if ((await context.storage.findMember(own.memberId))?.role !== 'professional') {
    throw new ApiError(403, 'forbidden');
  }
  return { user, caseId };
}
