import type { Deployment, Generation, Member, Project, ProjectSchema } from '../types';

export function project(over: Partial<Project> = {}): Project {
  return {
    id: 'p-1',
    name: 'Shop backend',
    description: 'Orders and customers',
    stack: 'spring-boot',
    visibility: 'team',
    role: 'owner',
    createdAt: '2026-11-29T10:00:00.000Z',
    updatedAt: '2026-11-29T11:00:00.000Z',
    createdBy: 'owner-id',
    ...over,
  };
}

export function schema(over: Partial<ProjectSchema> = {}): ProjectSchema {
  return {
    version: 2,
    createdAt: '2026-11-29T10:30:00.000Z',
    createdBy: 'owner-id',
    entities: [
      {
        name: 'Customer',
        fields: [
          { name: 'email', type: 'string', required: true, unique: true },
          { name: 'tier', type: 'enum', values: ['GOLD', 'SILVER'] },
        ],
        relations: [],
      },
    ],
    ...over,
  };
}

export function generation(over: Partial<Generation> = {}): Generation {
  return { id: 'g-1', projectId: 'p-1', status: 'READY', schemaVersion: 2, files: ['pom.xml', 'src/main/java/App.java'], sizeBytes: 2048, createdAt: '2026-11-29T10:40:00.000Z', ...over };
}

export function deployment(over: Partial<Deployment> = {}): Deployment {
  return {
    id: 'd-1',
    projectId: 'p-1',
    environment: 'dev',
    generationId: 'g-1',
    status: 'BUILDING',
    createdAt: '2026-11-29T10:50:00.000Z',
    updatedAt: '2026-11-29T10:50:05.000Z',
    ...over,
  };
}

export function member(over: Partial<Member> = {}): Member {
  return { userId: 'owner-id', email: 'owner@stratus.test', name: 'Olive Owner', role: 'owner', joinedAt: '2026-11-29T10:00:00.000Z', ...over };
}
