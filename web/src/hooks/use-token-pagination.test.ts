import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { useTokenPagination } from './use-token-pagination';

describe('useTokenPagination', () => {
  it('walks forward with nextToken and back through the tokens seen', () => {
    const { result } = renderHook(() => useTokenPagination('filters'));
    expect(result.current).toMatchObject({ token: undefined, pageNumber: 1, hasPrevious: false });

    act(() => {
      result.current.next('t2');
    });
    act(() => {
      result.current.next('t3');
    });
    expect(result.current).toMatchObject({ token: 't3', pageNumber: 3, hasPrevious: true });

    act(() => {
      result.current.previous();
    });
    expect(result.current).toMatchObject({ token: 't2', pageNumber: 2 });
  });

  it('starts again at page one when the filters change', () => {
    const { result, rerender } = renderHook(({ key }) => useTokenPagination(key), { initialProps: { key: 'food' } });
    act(() => {
      result.current.next('t2');
    });
    expect(result.current.pageNumber).toBe(2);

    rerender({ key: 'clothing' });

    expect(result.current).toMatchObject({ token: undefined, pageNumber: 1, hasPrevious: false });
  });
});
