/**
 * The demo trains its first risk model on start, so scores and reports work out of the box.
 * Only when no model is active: a version an administrator chose is never replaced here.
 */
import type { FastifyBaseLogger } from 'fastify';
import { AppError } from '../../server/errors';
import * as repo from './repo';
import { trainModel, type TrainDeps } from './train';

export async function trainDemoModelIfNone(deps: TrainDeps, log: FastifyBaseLogger) {
  if (await repo.activeModel(deps.db)) return null;
  const started = Date.now();
  try {
    const model = await trainModel(deps, { label: 'startup' }, { activate: true });
    log.info(
      { modelVersion: model.number, aucHeldOut: model.auc_held_out, training: model.training_size, heldOut: model.held_out_size, ms: Date.now() - started },
      'profiling model trained and activated',
    );
    return model;
  } catch (error) {
    // Too little history (a fresh or tiny database) is normal: scoring waits for a model.
    if (error instanceof AppError && error.code === 'validation_failed') {
      log.info({ counts: error.details.extra?.counts }, 'not enough outcome history to train a profiling model yet');
      return null;
    }
    throw error;
  }
}
