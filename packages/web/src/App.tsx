import { BrowserRouter, Route, Routes } from 'react-router';
import { RequireSession } from './components/layouts.js';
import { AccessLogPage } from './pages/AccessLogPage.js';
import { AdminUsersPage } from './pages/AdminUsersPage.js';
import { ApiTokensPage } from './pages/ApiTokensPage.js';
import { AuditReportPage } from './pages/AuditReportPage.js';
import { ForgotPasswordPage, InvitationPage, ResetPasswordPage } from './pages/account.js';
import { CaseloadPage } from './pages/CaseloadPage.js';
import { ChartConsentsPage } from './pages/ChartConsentsPage.js';
import { ChartMonitoringPage } from './pages/ChartMonitoringPage.js';
import { ChartScalesPage } from './pages/ChartScalesPage.js';
import { CosignPage } from './pages/CosignPage.js';
import { ChartEdit, ChartLayout, ChartSummary } from './pages/chart.js';
import { EmergencyReviewPage } from './pages/EmergencyReviewPage.js';
import { IntakePage } from './pages/IntakePage.js';
import { NewPatientPage } from './pages/NewPatientPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { OrderPage } from './pages/OrderPage.js';
import { PatientListPage } from './pages/PatientListPage.js';
import { PortalFamilyPage } from './pages/PortalFamilyPage.js';
import { PortalSharingPage } from './pages/PortalSharingPage.js';
import { PortalDetails, PortalToday } from './pages/portal.js';
import {
  PortalCheckIn,
  PortalDoseLog,
  PortalMedications,
  PortalProgress,
  PortalRoutine,
} from './pages/portal-care.js';
import {
  PortalAppointments,
  PortalDailyCheckIn,
  PortalMessages,
  PortalRefills,
  PortalSideEffects,
} from './pages/portal-more.js';
import { SettingsPage } from './pages/SettingsPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { VisitNotePage } from './pages/VisitNotePage.js';
import { SessionProvider } from './session.js';

export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Routes>
          <Route path="/signin" element={<SignInPage />} />
          <Route path="/invitation" element={<InvitationPage />} />
          <Route path="/forgot-password" element={<ForgotPasswordPage />} />
          <Route path="/reset-password" element={<ResetPasswordPage />} />

          <Route element={<RequireSession area="any" />}>
            <Route path="/settings" element={<SettingsPage />} />
          </Route>

          <Route element={<RequireSession area="portal" />}>
            <Route path="/portal" element={<PortalToday />} />
            <Route path="/portal/details" element={<PortalDetails />} />
            <Route path="/portal/medications" element={<PortalMedications />} />
            <Route path="/portal/check-in/:instrument" element={<PortalCheckIn />} />
            <Route path="/portal/progress" element={<PortalProgress />} />
            <Route path="/portal/routine" element={<PortalRoutine />} />
            <Route path="/portal/dose-log" element={<PortalDoseLog />} />
            <Route path="/portal/daily-check-in" element={<PortalDailyCheckIn />} />
            <Route path="/portal/side-effects" element={<PortalSideEffects />} />
            <Route path="/portal/refills" element={<PortalRefills />} />
            <Route path="/portal/messages" element={<PortalMessages />} />
            <Route path="/portal/appointments" element={<PortalAppointments />} />
            <Route path="/portal/access-log" element={<AccessLogPage />} />
            <Route path="/portal/sharing" element={<PortalSharingPage />} />
            <Route path="/portal/family" element={<PortalFamilyPage />} />
            <Route path="/portal/*" element={<NotFoundPage home="/portal" />} />
          </Route>

          <Route element={<RequireSession area="staff" />}>
            <Route path="/" element={<PatientListPage />} />
            <Route path="/patients/new" element={<NewPatientPage />} />
            <Route path="/caseload" element={<CaseloadPage />} />
            <Route path="/cosign" element={<CosignPage />} />
            <Route path="/cosign/:patientId/:orderId" element={<CosignPage />} />
            <Route path="/admin/users" element={<AdminUsersPage />} />
            <Route path="/admin/audit" element={<AuditReportPage />} />
            <Route path="/settings/tokens" element={<ApiTokensPage />} />
            <Route path="/admin/emergency-access" element={<EmergencyReviewPage />} />
            <Route path="/patients/:patientId" element={<ChartLayout />}>
              <Route index element={<ChartSummary />} />
              <Route path="edit" element={<ChartEdit />} />
              <Route path="orders/new" element={<OrderPage />} />
              <Route path="intake" element={<IntakePage />} />
              <Route path="visits/new" element={<VisitNotePage />} />
              <Route path="monitoring" element={<ChartMonitoringPage />} />
              <Route path="scales" element={<ChartScalesPage />} />
              <Route path="consents" element={<ChartConsentsPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage home="/" />} />
          </Route>
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  );
}
