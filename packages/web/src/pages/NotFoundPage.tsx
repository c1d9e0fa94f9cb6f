import { Link } from 'react-router';
import { useDocumentTitle } from '../components/ui.js';

export function NotFoundPage({ home }: { home: string }) {
  useDocumentTitle('Page not found');
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may be incomplete.</p>
      <p>
        <Link to={home}>Go to the start page</Link>
      </p>
    </div>
  );
}
