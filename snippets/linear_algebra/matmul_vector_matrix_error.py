import torch

w = torch.tensor([1, 0])
A = torch.tensor([[1, 2], [3, 4], [5, 6]])

# 向量长度必须等于矩阵的行数；报错里的 1x2 说明 w 被当成了 1×2 的行向量
print(w @ A)
#> RuntimeError: mat1 and mat2 shapes cannot be multiplied (1x2 and 3x2)
