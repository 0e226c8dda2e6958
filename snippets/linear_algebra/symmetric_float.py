import torch

torch.manual_seed(0)
A = torch.randn(5, 5)
B = torch.randn(5, 5)
B = B + B.T  # 对称

# 数学上 (ABAᵀ)ᵀ = ABᵀAᵀ = ABAᵀ，S 是对称的
S = A @ B @ A.T

# 但 S[i, j] 和 S[j, i] 由不同的中间结果算出，舍入不同：不是每一位都相等
print(torch.equal(S, S.T))
#> False
# 所以浮点矩阵用 allclose 检查对称：允许极小的舍入误差
print(torch.allclose(S, S.T))
#> True
