import torch

A = torch.tensor([[1.0, 2.0], [3.0, 4.0]])

# ord=2 的矩阵范数是谱范数：最大的奇异值，不是 Frobenius 范数
print(torch.linalg.matrix_norm(A, ord=2))
#> tensor(5.4650)
print(torch.linalg.svdvals(A))
#> tensor([5.4650, 0.3660])

# 对比默认的 Frobenius 范数
print(torch.linalg.matrix_norm(A))
#> tensor(5.4772)

# vector_norm 的 ord=2 仍把矩阵当成一个长向量：结果还是 Frobenius 范数
print(torch.linalg.vector_norm(A, ord=2))
#> tensor(5.4772)
