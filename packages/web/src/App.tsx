import { BrowserRouter, Route, Routes } from 'react-router';
import { RequireSession } from './components/layouts.js';
import { ChartEdit, ChartLayout, ChartSummary } from './pages/chart.js';
import { NewPatientPage } from './pages/NewPatientPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { PatientListPage } from './pages/PatientListPage.js';
import { PortalDetails, PortalToday } from './pages/portal.js';
import { SignInPage } from './pages/SignInPage.js';
import { SessionProvider } from './session.js';

export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Routes>
          <Route path="/signin" element={<SignInPage />} />

          <Route element={<RequireSession area="portal" />}>
            <Route path="/portal" element={<PortalToday />} />
            <Route path="/portal/details" element={<PortalDetails />} />
            <Route path="/portal/*" element={<NotFoundPage home="/portal" />} />
          </Route>

          <Route element={<RequireSession area="staff" />}>
            <Route path="/" element={<PatientListPage />} />
            <Route path="/patients/new" element={<NewPatientPage />} />
            <Route path="/patients/:patientId" element={<ChartLayout />}>
              <Route index element={<ChartSummary />} />
              <Route path="edit" element={<ChartEdit />} />
            </Route>
            <Route path="*" element={<NotFoundPage home="/" />} />
          </Route>
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  );
}
