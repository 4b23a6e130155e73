import { PageHeader } from '@/components/ui/page-header';

import { ActivityFeed } from '../components/activity-feed';

export function ActivityRoute() {
  return (
    <div className="min-w-0">
      <PageHeader title="Activity" description="What happened in your projects and your account, newest first." />
      <ActivityFeed />
    </div>
  );
}
