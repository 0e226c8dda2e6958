import torch

A = torch.tensor([[1.0, 2.0], [3.0, 4.0]])

# Frobenius 范数：所有元素平方和再开方，sqrt(1 + 4 + 9 + 16) = sqrt(30)
print(torch.sqrt(torch.tensor(30.0)))
#> tensor(5.4772)

# 几种写法，结果相同
print(torch.norm(A))
#> tensor(5.4772)
print(torch.linalg.matrix_norm(A))
#> tensor(5.4772)
print(torch.linalg.norm(A))
#> tensor(5.4772)
print(torch.linalg.vector_norm(A))
#> tensor(5.4772)

# vector_norm 把矩阵当成一个长向量：和先展平再求范数一样
print(torch.linalg.vector_norm(A.reshape(-1)))
#> tensor(5.4772)
