/**
 * Routes of the assessment screens (conducting an assessment, the re-assessment worklist),
 * kept here so the shared route table only mounts them: `{assessmentRoutes}`.
 */
import { Route } from 'react-router';
import { RequirePermission } from '../app/require-permission';
import { AssessmentPage } from './assessment/assessment-page';
import { ReassessmentsPage } from './assessment/reassessments-page';

export const assessmentRoutes = (
  <>
    {/* Reading is for whoever may read the person (the server decides which sections); changing needs assessment.conduct. */}
    <Route element={<RequirePermission permission="person.read" />}>
      <Route path="assessments/:id" element={<AssessmentPage />} />
    </Route>
    <Route element={<RequirePermission permission="assessment.conduct" />}>
      <Route path="reassessments" element={<ReassessmentsPage />} />
    </Route>
  </>
);
