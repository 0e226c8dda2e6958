import torch

# 零维张量、形状 [1]、形状 [1, 1]：都只有一个元素
for value in [torch.tensor(3.0), torch.tensor([3.0]), torch.tensor([[3.0]])]:
    x = value.requires_grad_(True)
    y = 2 * x
    y.backward()
    print(y.shape, y.numel(), x.grad)
    #> torch.Size([]) 1 tensor(2.)
    #> torch.Size([1]) 1 tensor([2.])
    #> torch.Size([1, 1]) 1 tensor([[2.]])
