import torch

# 创建时就要求梯度，同样不行；报错提到浮点和复数两种类型
torch.tensor([0, 1, 2, 3], requires_grad=True)
#> RuntimeError: Only Tensors of floating point and complex dtype can require gradients
