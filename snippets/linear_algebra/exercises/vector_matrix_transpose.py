import torch

v = torch.tensor([1, 0, 2])
A = torch.tensor([[1, 2], [3, 4], [5, 6]])

# v @ A：v 当作 1×3 的行向量，(1×3)(3×2) 得到 1×2，去掉补上的那一维
print(v @ A)
#> tensor([11, 14])
# Aᵀ @ v：(2×3) 乘长度 3 的向量，得到长度 2 的向量
print(A.T @ v)
#> tensor([11, 14])
# 两者相同：(vᵀA)ᵀ = Aᵀv，而一维张量没有行、列之分
print(torch.equal(v @ A, A.T @ v))
#> True

# A @ v：A 有 2 列，v 的长度却是 3
print(A @ v)
#> RuntimeError: size mismatch, got input (3), mat (3x2), vec (3)
