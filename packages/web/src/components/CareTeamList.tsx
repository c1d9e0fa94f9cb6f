import { nameWithCredential, roleLabel } from '../format.js';
import type { CareTeamMember } from '../types.js';
import type { AsyncState } from '../useAsync.js';
import { ErrorPanel, Loading } from './ui.js';

export function CareTeamList({
  state,
  onRetry,
  emptyText = 'No one is assigned yet.',
}: {
  state: AsyncState<CareTeamMember[]>;
  onRetry: () => void;
  emptyText?: string;
}) {
  if (state.status === 'loading') return <Loading label="Loading care team…" />;
  if (state.status === 'error') {
    return <ErrorPanel title="We couldn’t load the care team" message={state.message} onRetry={onRetry} />;
  }
  if (state.data.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <ul className="care-team">
      {state.data.map((member) => (
        <li key={`${member.userId}-${member.role}`}>
          <span className="care-team-name">{nameWithCredential(member.displayName, member.credential)}</span>
          <span className="care-team-role">{roleLabel(member.role)}</span>
        </li>
      ))}
    </ul>
  );
}
