import torch

# 方阵：行数与列数相等
S = torch.tensor([[1.0, 3.0], [2.0, 6.0]])
print(S.sum(axis=1))
#> tensor([4., 8.])

# 忘了 keepdims：不报错，但第 j 列除以的是第 j 行的和
wrong = S / S.sum(axis=1)
print(wrong)
#> tensor([[0.2500, 0.3750],
#>         [0.5000, 0.7500]])
print(wrong.sum(axis=1))
#> tensor([0.6250, 1.2500])

# 加上 keepdims：每个元素除以自己那一行的和
right = S / S.sum(axis=1, keepdims=True)
print(right)
#> tensor([[0.2500, 0.7500],
#>         [0.2500, 0.7500]])
print(right.sum(axis=1))
#> tensor([1., 1.])
